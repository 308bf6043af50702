/* TRUTH: racy. In parent, the goto to done is taken on pass 2, after child (writes x) started; done writes x before the join. */
#include <pthread.h>
int x;
void *child(void *a) { x = 2; return 0; }
void *parent(void *a) {
    pthread_t c;
    int i = 0;
loop:
    if (i > 0)
        goto done;
    pthread_create(&c, 0, child, 0);
    i = 1;
    if (i == 1)
        goto loop;
    return 0;
done:
    x = 1;
    pthread_join(c, 0);
    return 0;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, 0, parent, 0);
    pthread_join(t, 0);
    return 0;
}
