/* TRUTH: racy — t tests *p (p = &flag) through IS_SET(p) = (*(p) != 0) while main writes flag = 1 after create */
#include <pthread.h>
#define IS_SET(p) (*(p) != 0)
int flag;
int out;
void *t(void *arg) { int *p = arg; if (IS_SET(p)) out = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, &flag);
    flag = 1;
    pthread_join(th, 0);
    return out;
}
