/* TRUTH: racy. The label sits after a return inside the then branch; the goto from below enters it with w running, so k = 3 races with w. */
#include <pthread.h>
int k;
void *w(void *a) { k = 8; return a; }
static pthread_t t;
int main(int argc, char **argv) {
    (void)argv;
    if (argc > 100) {
        return 1;
    inside:
        k = 3;
        pthread_join(t, 0);
        return 0;
    }
    pthread_create(&t, 0, w, 0);
    goto inside;
}
