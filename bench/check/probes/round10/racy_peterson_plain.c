/* racy: Peterson's algorithm with plain int flag[] and turn: the flag/turn
   accesses themselves are data races. */
#include <pthread.h>
static int flag[2];
static int turn;
static int cs_count;
static void *t(void *a) {
    int me = (int)(long)a, other = 1 - me;
    flag[me] = 1;
    turn = other;
    while (flag[other] && turn == other) ;
    cs_count++;
    flag[me] = 0;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)0L);
    pthread_create(&q, 0, t, (void *)1L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cs_count;
}
