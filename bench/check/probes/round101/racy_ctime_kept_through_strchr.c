/* TRUTH: racy — g points into ctime's static buffer (strchr's result): main reads it while stamp's ctime rewrites it */
#include <pthread.h>
#include <string.h>
#include <time.h>
static char *g;

static void *stamp(void *a)
{
    (void)a;
    time_t t = 12345;
    ctime(&t);
    return NULL;
}
int main(void)
{
    time_t now = time(NULL);
    g = strchr(ctime(&now), ' ');
    pthread_t th;
    pthread_create(&th, NULL, stamp, NULL);
    char c = g[0];
    pthread_join(th, NULL);
    return c;
}
