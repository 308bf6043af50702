/* TRUTH: race-free. The label after the return is entered from below only after w was joined. */
#include <pthread.h>
int k;
void *w(void *a) { k = 8; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    (void)argv;
    if (argc > 100) {
        return 1;
    inside:
        k = 3;
        return 0;
    }
    pthread_create(&t, 0, w, 0);
    pthread_join(t, 0);
    goto inside;
}
