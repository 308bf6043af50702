/* TRUTH: racy — reader reads *p (p = arg = &g) through VAL(p) = (*(p)) while main writes g = 5 after create */
#include <pthread.h>
#define VAL(p) (*(p))
int g;
int out;
void *reader(void *arg) { int *p = arg; out = VAL(p); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, reader, &g);
    g = 5;
    pthread_join(th, 0);
    return out;
}
