/* TRUTH: free — log_info() passes its va_list to log_vwrite() (vfprintf reads the %s argument g_state_name), but the reporter and the FSM thread both hold fsm_lock */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char g_state_name[16] = "IDLE";
static FILE *g_log;
static pthread_mutex_t fsm_lock = PTHREAD_MUTEX_INITIALIZER;

static void log_vwrite(const char *lvl, const char *fmt, va_list ap)
{
    fprintf(g_log, "%s: ", lvl);
    vfprintf(g_log, fmt, ap);
}

static void log_info(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    log_vwrite("info", fmt, ap);
    va_end(ap);
}

static void *reporter(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        pthread_mutex_lock(&fsm_lock);
        log_info("fsm state %s\n", g_state_name);
        pthread_mutex_unlock(&fsm_lock);
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    static const char *const names[] = { "IDLE", "SYNC", "RUN" };
    g_log = fopen("/dev/null", "w");
    if (!g_log)
        return 1;
    pthread_create(&t, NULL, reporter, NULL);
    for (int i = 0; i < 60; i++) {
        pthread_mutex_lock(&fsm_lock);
        memcpy(g_state_name, names[i % 3], 5);
        pthread_mutex_unlock(&fsm_lock);
        usleep(200);
    }
    pthread_join(t, NULL);
    fclose(g_log);
    printf("%s\n", g_state_name);
    return 0;
}
