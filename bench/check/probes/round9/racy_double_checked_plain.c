/* TRUTH: racy. The first check reads instance without the lock, racing with the locked write of instance by the other thread (classic broken double-checked locking). */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct service {
    int port;
};

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
static struct service *instance;

static struct service *get_service(void)
{
    if (instance == NULL) {
        pthread_mutex_lock(&init_lock);
        if (instance == NULL) {
            struct service *s = malloc(sizeof *s);
            if (s)
                s->port = 8080;
            instance = s;
        }
        pthread_mutex_unlock(&init_lock);
    }
    return instance;
}

static void *client(void *arg)
{
    int *port = arg;
    struct service *s = get_service();
    *port = s ? s->port : -1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int pa = 0, pb = 0;
    pthread_create(&a, NULL, client, &pa);
    pthread_create(&b, NULL, client, &pb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", pa, pb);
    free(instance);
    return 0;
}
