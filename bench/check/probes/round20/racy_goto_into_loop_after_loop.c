/* TRUTH: racy. After the loop ends, w is started and the goto jumps back into the loop body: y++ runs while w writes y. */
#include <pthread.h>
int y;
void *w(void *a) { y = 4; return a; }
int main(void) {
    pthread_t t;
    int i, once = 0;
    for (i = 0; i < 3; i++) {
    body:
        y++;
    }
    if (!once) {
        once = 1;
        pthread_create(&t, 0, w, 0);
        i = 0;
        goto body;
    }
    pthread_join(t, 0);
    return 0;
}
