/* TRUTH: racy — SETP(g) stores 1 through the pointer &g held in a compound literal (*(int *[]){ &(g) }[0] = 1): t writes g while main writes g (g = 2) */
#include <pthread.h>
#define SETP(v) (*(int *[]){ &(v) }[0] = 1)
int g;
void *t(void *a) { (void)a; SETP(g); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return g;
}
