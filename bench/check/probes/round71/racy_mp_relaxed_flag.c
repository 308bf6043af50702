/* TRUTH: racy — workers spin with a relaxed load: seeing the flag does not order main's g_settings writes before the reads */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#define NW 3

struct settings {
    int port;
    int max_conn;
    char host[32];
};

static struct settings g_settings;
static atomic_int settings_ready;
static long served[NW];

static void load_settings(struct settings *s)
{
    s->port = 8080;
    s->max_conn = 64;
    strcpy(s->host, "localhost");
}

static void *server_worker(void *arg)
{
    int id = (int)(long)arg;
    long n = 0;
    int i;
    while (!atomic_load_explicit(&settings_ready, memory_order_relaxed))
        ;
    for (i = 0; i < g_settings.max_conn; i++)
        if ((i + id) % NW == 0)
            n += g_settings.port + (long)strlen(g_settings.host);
    served[id] = n;
    return NULL;
}

int main(void)
{
    pthread_t th[NW];
    long i, total = 0;
    for (i = 0; i < NW; i++)
        pthread_create(&th[i], NULL, server_worker, (void *)i);
    load_settings(&g_settings);
    atomic_store_explicit(&settings_ready, 1, memory_order_release);
    for (i = 0; i < NW; i++)
        pthread_join(th[i], NULL);
    for (i = 0; i < NW; i++)
        total += served[i];
    printf("%ld\n", total);
    return 0;
}
