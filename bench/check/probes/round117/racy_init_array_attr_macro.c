/* TRUTH: racy — the .init_array hook (section attribute spelled through the INIT_SECTION macro) starts a poller that writes link_up while main reads it unsynchronized */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define INIT_SECTION __attribute__((section(".init_array"), used))

static pthread_t poller;
static int link_up;

static void *poll_link(void *arg)
{
    (void)arg;
    usleep(5000);
    link_up = 1;
    return NULL;
}

static void start_poller(void)
{
    pthread_create(&poller, NULL, poll_link, NULL);
}

static void (*const poller_init)(void) INIT_SECTION = start_poller;

int main(void)
{
    for (int k = 0; k < 20 && !link_up; k++)
        usleep(1000);
    printf("link %d\n", link_up);
    pthread_join(poller, NULL);
    return 0;
}
