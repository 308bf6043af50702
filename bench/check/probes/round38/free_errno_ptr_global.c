/* TRUTH: free — t writes main's errno through gp; main reads errno only after pthread_join */
#include <pthread.h>
#include <errno.h>
int *gp;
int out;
void *t(void *a) { (void)a; *gp = 1; return 0; }
int main(void)
{
    pthread_t th;
    gp = &errno;
    pthread_create(&th, 0, t, 0);
    pthread_join(th, 0);
    out = errno;
    return out;
}
