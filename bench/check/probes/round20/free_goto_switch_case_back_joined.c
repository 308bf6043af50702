/* TRUTH: race-free. Case 1 starts and joins w before jumping back into case 0; z = 1 never runs alongside w. */
#include <pthread.h>
int z;
void *w(void *a) { z = 2; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int k = argc > 1;
    (void)argv;
    switch (k) {
    case 0:
    zero:
        z = 1;
        break;
    case 1:
        pthread_create(&t, 0, w, 0);
        pthread_join(t, 0);
        goto zero;
    }
    return 0;
}
