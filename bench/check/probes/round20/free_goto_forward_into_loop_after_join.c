/* TRUTH: race-free. The forward goto into the loop body comes after the join; nothing runs alongside main's writes of x. */
#include <pthread.h>
int x;
void *w(void *a) { x = 1; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int i;
    (void)argv;
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    if (argc > 1)
        goto inside;
    x = 3;
    for (i = 0; i < 1; i++) {
    inside:
        x = 2;
    }
    return 0;
}
