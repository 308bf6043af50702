/* TRUTH: racy — the command-slot semaphore is initialised to 2 (two hardware slots) but the driver's single shared command buffer dev->cmd is used as if the semaphore were a mutex */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>

#define HW_SLOTS 2
struct ec_dev {
    sem_t slots;
    unsigned char cmd[8];
    unsigned cmd_len;
    unsigned long sent;
};

static struct ec_dev ec;

static int ec_command(struct ec_dev *e, unsigned char op) {
    sem_wait(&e->slots);
    e->cmd[0] = op;
    e->cmd_len = 1;
    usleep(20);
    e->sent++;
    sem_post(&e->slots);
    return 0;
}

static void *client(void *a) {
    for (int i = 0; i < 40; i++) { ec_command(a, (unsigned char)i); usleep(5); }
    return NULL;
}

int main(void) {
    pthread_t t[2];
    sem_init(&ec.slots, 0, HW_SLOTS);
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, client, &ec);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%lu\n", ec.sent);
    sem_destroy(&ec.slots);
    return 0;
}
