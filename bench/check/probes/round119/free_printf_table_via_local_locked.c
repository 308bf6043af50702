/* TRUTH: free — the %n format comes from the table via a local const char *, and snprintf's write of g_valcol and the pager's read both happen under col_lock */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int g_valcol;
static pthread_mutex_t col_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *const col_fmt[] = { "%s = %n", "%-12s: %n" };

static void *renderer(void *arg)
{
    (void)arg;
    char line[80];
    for (int i = 0; i < 60; i++) {
        const char *f = col_fmt[i & 1];
        pthread_mutex_lock(&col_lock);
        snprintf(line, sizeof line, f, "timeout", &g_valcol);
        pthread_mutex_unlock(&col_lock);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    long w = 0;
    pthread_create(&t, NULL, renderer, NULL);
    for (int i = 0; i < 60; i++) {
        pthread_mutex_lock(&col_lock);
        w += g_valcol;
        pthread_mutex_unlock(&col_lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("w=%ld\n", w);
    return 0;
}
