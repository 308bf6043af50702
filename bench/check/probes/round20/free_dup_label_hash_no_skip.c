/* TRUTH: race-free. f is joined before anything else touches x; the colliding labels only loop main over x. */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int n = 0;
    (void)argv;
    pthread_create(&t, 0, f, 0);
    pthread_join(t, 0);
    if (argc > 1)
        goto skip_688200;
skip_258524:
    x = 3;
skip_688200:
    x = 2;
    if (n++ < argc)
        goto skip_258524;
    return 0;
}
