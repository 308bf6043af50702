/* TRUTH: race-free. The else branch starts and joins w before jumping back into the then branch; v = 1 never runs alongside w. */
#include <pthread.h>
int v;
void *w(void *a) { v = 9; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    if (argc > 1) {
    in_then:
        v = 1;
    } else {
        pthread_create(&t, 0, w, 0);
        pthread_join(t, 0);
        goto in_then;
    }
    return 0;
}
