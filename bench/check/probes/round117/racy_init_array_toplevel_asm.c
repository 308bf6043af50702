/* TRUTH: racy — a top-level asm block puts boot_hook into .init_array; the thread it starts writes boot_stage while main writes it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_t booter;
static int boot_stage;

static void *boot(void *arg)
{
    (void)arg;
    usleep(5000);
    boot_stage = 2;
    return NULL;
}

void boot_hook(void);
void boot_hook(void)
{
    pthread_create(&booter, NULL, boot, NULL);
}

__asm__(".section .init_array,\"aw\"\n"
        ".balign 8\n"
        ".quad boot_hook\n"
        ".previous\n");

int main(void)
{
    boot_stage = 1;
    usleep(10000);
    pthread_join(booter, NULL);
    printf("stage %d\n", boot_stage);
    return 0;
}
