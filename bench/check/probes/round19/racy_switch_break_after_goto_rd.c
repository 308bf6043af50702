/* TRUTH: racy. State 0 starts f (reads x) and jumps back to the switch; state 1 writes x while f runs. */
#include <pthread.h>
int x;
void *f(void *a) { int v = x; (void)v; return 0; }
int main(void) {
    pthread_t t;
    int state = 0;
top:
    switch (state) {
    case 0:
        pthread_create(&t, 0, f, 0);
        state = 1;
        if (state == 1)
            goto top;
        break;
    case 1:
        x = 1;
        state = 2;
        break;
    }
    pthread_join(t, 0);
    return 0;
}
