// A pointer into ctime's static string found by strchr (which points into its first argument)
// and kept in a global is kept past the call: a thread's later ctime rewrites it. strcpy(buf,
// ctime(&t)) copies the string out and keeps nothing.
// INCOMPLETE: what 'ctime' returned is kept past the call
#include <pthread.h>
#include <string.h>
#include <time.h>

static time_t stamp = 1700000000;
static const char *year;
static char copy[32];

static void *stamper(void *arg)
{
    (void)arg;
    (void)ctime(&stamp);
    return NULL;
}

int main(void)
{
    pthread_t t;
    strcpy(copy, ctime(&stamp));
    year = strchr(ctime(&stamp), ' ');
    pthread_create(&t, NULL, stamper, NULL);
    char c = year ? year[1] : copy[0];
    pthread_join(t, NULL);
    return c;
}
