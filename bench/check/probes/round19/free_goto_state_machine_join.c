/* TRUTH: race-free. State machine: start f, then join it, then write x. */
#include <pthread.h>
int x;
void *f(void *a) { x = 2; return 0; }
int main(void) {
    pthread_t t;
    int state = 0;
top:
    switch (state) {
    case 0:
        pthread_create(&t, 0, f, 0);
        state = 1;
        goto top;
    case 1:
        pthread_join(t, 0);
        state = 2;
        goto top;
    case 2:
        x = 1;
        break;
    }
    return 0;
}
