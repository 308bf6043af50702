/* TRUTH: race-free. f is joined on every path before x = 2; a computed goto only leaves. */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    void *next = &&done;
    (void)argv;
    pthread_create(&t, 0, f, 0);
    if (argc > 1)
        goto skip;
    x = 0;
skip:
    pthread_join(t, 0);
    x = 2;
    goto *next;
done:
    return 0;
}
