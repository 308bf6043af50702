/* TRUTH: racy. With argc == 1 the else branch starts w and jumps back into the then branch, so v = 1 runs while w writes v. */
#include <pthread.h>
int v;
void *w(void *a) { v = 9; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int started = 0;
    (void)argv;
    if (argc > 1) {
    in_then:
        v = 1;
    } else {
        pthread_create(&t, 0, w, 0);
        started = 1;
        goto in_then;
    }
    if (started)
        pthread_join(t, 0);
    return 0;
}
