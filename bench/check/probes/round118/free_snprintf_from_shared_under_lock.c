/* TRUTH: free — the worker rewrites 'title' and main formats it with snprintf("%s"), both while holding title_lock */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char title[32] = "untitled";
static pthread_mutex_t title_lock = PTHREAD_MUTEX_INITIALIZER;

static void *renamer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 40; i++) {
        pthread_mutex_lock(&title_lock);
        snprintf(title, sizeof title, "doc-%d", i);
        pthread_mutex_unlock(&title_lock);
        usleep(250);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, renamer, NULL);
    size_t len = 0;
    for (int i = 0; i < 40; i++) {
        char line[64];
        pthread_mutex_lock(&title_lock);
        snprintf(line, sizeof line, "[%s]", title);
        pthread_mutex_unlock(&title_lock);
        len += strlen(line);
        usleep(250);
    }
    pthread_join(t, NULL);
    printf("%zu\n", len);
    return 0;
}
