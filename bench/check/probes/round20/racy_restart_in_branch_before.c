/* TRUTH: racy. f may run before the label only in a branch (joined there); restarted on the goto path, it runs during the second pass of y = y + 1. */
#include <pthread.h>
int y;
void *f(void *a) { y = 5; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int n = 0;
    (void)argv;
    if (argc > 3) {
        pthread_create(&t, 0, f, 0);
        pthread_join(t, 0);
    }
top:
    y = y + 1;
    if (n == 0) {
        n = 1;
        pthread_create(&t, 0, f, 0);
        goto top;
    }
    pthread_join(t, 0);
    return 0;
}
