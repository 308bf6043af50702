/* TRUTH: free — t writes g through the compound literal's pointer; main writes g = 2 only after pthread_join */
#include <pthread.h>
#define SETP(v) (*(int *[]){ &(v) }[0] = 1)
int g;
void *t(void *a) { (void)a; SETP(g); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    pthread_join(th, 0);
    g = 2;
    return g;
}
