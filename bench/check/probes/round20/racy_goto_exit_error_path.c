/* TRUTH: racy. An error branch that exits sits in the region; on the normal path the goto back reruns buf[0] = 1 while w writes buf[0]. */
#include <pthread.h>
#include <stdlib.h>
int buf[4];
void *w(void *a) { buf[0] = 9; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int n = 0;
    (void)argv;
L:
    buf[0] = 1;
    if (argc > 50)
        exit(1);
    if (n++ == 0) {
        if (pthread_create(&t, 0, w, 0))
            exit(2);
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
