/* TRUTH: racy — main stores &errno (main's errno) in gp before create; t writes *gp = 1 while main reads errno (out = errno) after create */
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
    out = errno;
    pthread_join(th, 0);
    return out;
}
