/* TRUTH: free — d written only before create; t and main only read it (__real__ d of a double is a read) */
#include <pthread.h>
double d;
double o1, o2;
void *t(void *a) { (void)a; o1 = __real__ d; return 0; }
int main(void)
{
    pthread_t th;
    d = 1.0;
    pthread_create(&th, 0, t, 0);
    o2 = __real__ d;
    pthread_join(th, 0);
    return (int)(o1 + o2);
}
