/* racy: switch on the role; case 0 falls through into case 1 (missing break),
   so roles 0 and 1 both write out_cnt. */
#include <pthread.h>
static int in_cnt, out_cnt, err_cnt;
static void *t(void *a) {
    switch ((int)(long)a) {
    case 0: in_cnt += 1;
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
