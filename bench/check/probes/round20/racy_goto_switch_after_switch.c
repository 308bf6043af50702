/* TRUTH: racy. Case 1 starts w and goes back into case 0, which breaks out; q = 5 after the switch runs while w writes q. */
#include <pthread.h>
int q;
void *w(void *a) { q = 7; return a; }
int main(int argc, char **argv) {
    pthread_t t;
    int k = argc == 1;
    (void)argv;
    switch (k) {
    case 0:
    zero:
        break;
    case 1:
        pthread_create(&t, 0, w, 0);
        k = 0;
        goto zero;
    }
    q = 5;
    if (argc == 1)
        pthread_join(t, 0);
    return 0;
}
