/* free: a switch on the role passed as arg selects which variable the thread
   writes; roles 0,1,2 are each used once. */
#include <pthread.h>
static int in_cnt, out_cnt, err_cnt;
static void *t(void *a) {
    switch ((int)(long)a) {
    case 0: in_cnt += 1; break;
    case 1: out_cnt += 1; break;
    default: err_cnt += 1; break;
    }
    return 0;
}
int main(void) {
    pthread_t th[3];
    for (long i = 0; i < 3; i++) pthread_create(&th[i], 0, t, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
    return in_cnt + out_cnt + err_cnt;
}
