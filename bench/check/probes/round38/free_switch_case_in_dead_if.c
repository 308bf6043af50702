/* TRUTH: free — t is started with arg 0; case 0 reaches if (0), whose block (holding case 1: g = 1) is skipped, so t never writes g; main's g = 2 is unopposed */
#include <pthread.h>
int g;
void *t(void *arg)
{
    switch ((long)arg) {
    case 0:
        if (0) {
        case 1:
            g = 1;
        }
        break;
    }
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, (void *)0);
    g = 2;
    pthread_join(th, 0);
    return g;
}
