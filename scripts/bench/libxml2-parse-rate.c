/* libxml2's bare HTML parse-and-free rate (htmlReadMemory + xmlFreeDoc) on the pages named on the
 * command line, best of three passes: the floor `make bench` compares Broadsheet's speed with.
 * Prints pages/s. */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    xmlInitParser();
    int n = argc - 1;
    char **bufs = calloc(n, sizeof(char *));
    long *lens = calloc(n, sizeof(long));
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(argv[i + 1], "rb");
        if (!f) { perror(argv[i + 1]); return 1; }
        fseek(f, 0, SEEK_END);
        lens[i] = ftell(f);
        rewind(f);
        bufs[i] = malloc(lens[i] + 1);
        if (fread(bufs[i], 1, lens[i], f) != (size_t)lens[i]) { perror(argv[i + 1]); return 1; }
        fclose(f);
    }
    double best = 1e99;
    for (int pass = 0; pass < 3; pass++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        for (int i = 0; i < n; i++) {
            htmlDocPtr doc = htmlReadMemory(bufs[i], (int)lens[i], NULL, NULL,
                                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
            if (doc) xmlFreeDoc(doc);
        }
        clock_gettime(CLOCK_MONOTONIC, &b);
        double secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
        if (secs < best) best = secs;
    }
    printf("%.1f\n", n / best);
    return 0;
}
