/* TRUTH: racy. Case 1 starts w and jumps back into case 0, whose z = 1 then runs while w writes z. */
#include <pthread.h>
int z;
void *w(void *a) { z = 2; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int k = argc - 1, started = 0;
    (void)argv;
    if (k > 1) k = 1;
    switch (k) {
    case 0:
    zero:
        z = 1;
        break;
    case 1:
        pthread_create(&t, 0, w, 0);
        started = 1;
        goto zero;
    }
    if (started)
        pthread_join(t, 0);
    return 0;
}
