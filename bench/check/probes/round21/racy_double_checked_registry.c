/* TRUTH: racy. get_registry() first tests the plain global pointer 'registry' with no lock; another thread may at the same time execute 'registry = r' inside the locked section, so the unlocked read of registry races with that write (classic broken double-checked locking). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCLIENTS 3
#define NAMES 4

struct registry {
    int count;
    char names[NAMES][16];
};

static struct registry *registry;
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;

static struct registry *get_registry(void)
{
    if (registry == NULL) {
        pthread_mutex_lock(&reg_lock);
        if (registry == NULL) {
            struct registry *r = calloc(1, sizeof *r);
            if (!r) {
                pthread_mutex_unlock(&reg_lock);
                return NULL;
            }
            for (int i = 0; i < NAMES; i++)
                snprintf(r->names[i], sizeof r->names[i], "svc%d", i);
            r->count = NAMES;
            registry = r;
        }
        pthread_mutex_unlock(&reg_lock);
    }
    return registry;
}

static void *client(void *arg)
{
    int want = (int)(long)arg;
    struct registry *r = get_registry();
    if (!r)
        return NULL;
    pthread_mutex_lock(&reg_lock);
    if (want < r->count)
        printf("client %d -> %s\n", want, r->names[want]);
    pthread_mutex_unlock(&reg_lock);
    return NULL;
}

int main(void)
{
    pthread_t t[NCLIENTS];
    for (long i = 0; i < NCLIENTS; i++)
        pthread_create(&t[i], NULL, client, (void *)i);
    for (int i = 0; i < NCLIENTS; i++)
        pthread_join(t[i], NULL);
    free(registry);
    return 0;
}
