/* TRUTH: racy. The admin thread clears the once object with memset (a plain write of the pthread_once_t) and then writes config directly, while the user thread runs pthread_once/load_config and reads config: the plain writes of config (load_config vs admin) are not ordered. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;
static int config;

static void load_config(void)
{
    config = 10;
}

static void *user(void *arg)
{
    (void)arg;
    pthread_once(&cfg_once, load_config);
    printf("%d\n", config);
    return NULL;
}

static void *admin(void *arg)
{
    (void)arg;
    memset(&cfg_once, 0, sizeof cfg_once);
    config = 20;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, admin, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
