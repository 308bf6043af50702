/* TRUTH: racy. With argc > 1 the plain forward goto skips the join; x = 2 then races with f. The function also has a computed goto. */
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
    pthread_join(t, 0);
skip:
    x = 2;
    goto *next;
done:
    return 0;
}
