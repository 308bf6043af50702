/* free: set_name() writes its destination; thread A only writes its own local buffer, thread
   B writes g_name; main touches 'scratch' before creating threads. Literals are only read. */
#include <pthread.h>
#include <string.h>
static char g_name[32];
static char scratch[32];

static void set_name(char *dst, const char *src) { strncpy(dst, src, 31); }
static void *ta(void *arg) {
    char mine[32];
    (void)arg;
    set_name(mine, "alpha");
    return (void *)(long)mine[0];
}
static void *tb(void *arg) {
    char local[32];
    (void)arg;
    set_name(local, "beta");
    set_name(g_name, local);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    set_name(scratch, "init");
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return g_name[0];
}
