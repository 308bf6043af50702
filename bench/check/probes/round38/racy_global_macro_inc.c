/* TRUTH: racy — BUMP(mode) (nested macro for ((mode)++)) makes mode 1 before create, so t writes data = 1 while main writes data = 2 */
#include <pthread.h>
#define INC(v) ((v)++)
#define BUMP(v) INC(v)
int mode;
int data;
void *t(void *a)
{
    (void)a;
    if (mode == 1)
        data = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    BUMP(mode);
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}
