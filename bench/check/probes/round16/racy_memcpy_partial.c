// racy: the loader memcpy's a new header over the shared one while the monitor reads its version field.
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct header { int version; int flags; char name[8]; };
static struct header current;

static void *loader(void *arg)
{
    struct header fresh = { 2, 0, "v2" };
    memcpy(&current, &fresh, sizeof fresh);
    return NULL;
}

static void *monitor(void *arg)
{
    printf("%d\n", current.version);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    pthread_create(&b, NULL, monitor, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
