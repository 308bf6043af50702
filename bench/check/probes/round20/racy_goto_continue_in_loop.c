/* TRUTH: racy. In the loop body, a goto back to label top (above the loop) comes after w starts; the loop reruns and its continue path writes c while w writes c. */
#include <pthread.h>
int c;
void *w(void *a) { c = -5; return a; }
int main(void) {
    pthread_t t;
    int i, first = 1;
top:
    for (i = 0; i < 4; i++) {
        if (i & 1) {
            c += i;
            continue;
        }
        if (first && i == 2) {
            first = 0;
            pthread_create(&t, 0, w, 0);
            goto top;
        }
    }
    pthread_join(t, 0);
    return 0;
}
