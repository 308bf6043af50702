/* TRUTH: racy — a file-scope struct initializer holds &mode; main stores 3 through cfg.p before create, so t writes data = 1 while main writes data = 2 */
#include <pthread.h>
static int mode;
static struct { int *p; } cfg = { &mode };
int data;
void *t(void *a)
{
    (void)a;
    if (mode == 3)
        data = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    *cfg.p = 3;
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}
