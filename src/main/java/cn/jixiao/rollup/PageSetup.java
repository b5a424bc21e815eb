package cn.jixiao.rollup;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** A sheet's page setup (paper, orientation, fitting, margins, centring) given to another sheet. */
final class PageSetup {

    private PageSetup() {
    }

    static void copy(Sheet from, Sheet to) {
        PrintSetup a = from.getPrintSetup();
        PrintSetup b = to.getPrintSetup();
        b.setPaperSize(a.getPaperSize());
        b.setLandscape(a.getLandscape());
        b.setFitWidth(a.getFitWidth());
        b.setFitHeight(a.getFitHeight());
        to.setFitToPage(from.getFitToPage());
        to.setAutobreaks(from.getAutobreaks());
        to.setHorizontallyCenter(from.getHorizontallyCenter());
        for (short m : new short[] {Sheet.LeftMargin, Sheet.RightMargin, Sheet.TopMargin, Sheet.BottomMargin,
            Sheet.HeaderMargin, Sheet.FooterMargin}) {
            to.setMargin(m, from.getMargin(m));
        }
    }
}
