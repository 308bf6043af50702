/* TRUTH: free — with arg 0 the switch enters case 0 and if (off) is false (off = 0), so t never writes g; main's g = 2 is unopposed */
#include <pthread.h>
int g;
void *t(void *arg)
{
    int off = 0;
    switch ((long)arg) {
    case 0:
        if (off) {
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
