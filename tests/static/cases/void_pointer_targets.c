// Bytes reached through a void * whose target is not known (a job's const void *buf given to
// write(), a request's void *base given to qsort()), or through a character pointer rebuilt
// from an integer handle, may be any object whose address is taken: they are paired with
// those objects by type (possible races, shown with --type-matches), never proved race-free.
// Before, each was taken as bytes of some char object only, and the programs were proved
// race-free.
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

struct stats { long rx; long tx; };
static struct stats gst;
static int scores[8];
struct route { uint32_t dst; uint16_t metric; };
static struct route routes[4];
static uintptr_t export_handle;
static long quiet; /* its address is never taken */

struct job { int fd; const void *buf; size_t len; };
struct sort_req { void *base; size_t n; };

static int by_value(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static void *sender(void *arg)
{
    struct job *j = arg;
    return (void *)write(j->fd, j->buf, j->len); // RACE (possible)
}

static void *sorter(void *arg)
{
    struct sort_req *r = arg;
    qsort(r->base, r->n, sizeof(int), by_value); // RACE (possible)
    return NULL;
}

static void *exporter(void *arg)
{
    (void)arg;
    const unsigned char *raw = (const unsigned char *)export_handle;
    unsigned sum = 0;
    for (size_t i = 0; i < sizeof routes; i++)
        sum += raw[i]; // RACE (possible)
    return (void *)(uintptr_t)sum;
}

int main(void)
{
    pthread_t t[3];
    static struct job j;
    static struct sort_req req;
    j.fd = open("/dev/null", O_WRONLY);
    j.buf = &gst;
    j.len = sizeof gst;
    req.base = scores;
    req.n = 8;
    export_handle = (uintptr_t)routes;
    pthread_create(&t[0], NULL, sender, &j);
    pthread_create(&t[1], NULL, sorter, &req);
    pthread_create(&t[2], NULL, exporter, NULL);
    gst.tx += 3; // RACE (possible)
    scores[2] = 5; // RACE (possible)
    routes[2].metric++; // RACE (possible)
    quiet++; // NORACE: no pointer may reach it
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return (int)quiet;
}
