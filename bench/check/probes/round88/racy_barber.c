/* Racy: a customer peeks at 'waiting' without seats_m to decide whether the shop is
   full; that plain read races with the barber's and other customers' locked updates. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

#define CHAIRS 3
#define NCUST 10

static sem_t customers, barber_ready;
static pthread_mutex_t seats_m = PTHREAD_MUTEX_INITIALIZER;
static int waiting, served, turned_away, closing;

static void *barber(void *arg)
{
    (void)arg;
    for (;;) {
        sem_wait(&customers);
        pthread_mutex_lock(&seats_m);
        if (closing && waiting == 0) {
            pthread_mutex_unlock(&seats_m);
            break;
        }
        waiting--;
        served++;
        pthread_mutex_unlock(&seats_m);
        sem_post(&barber_ready);     /* cut hair */
    }
    return NULL;
}

static void *customer(void *arg)
{
    (void)arg;
    if (waiting >= CHAIRS) {         /* BUG: unlocked "quick look" */
        pthread_mutex_lock(&seats_m);
        turned_away++;
        pthread_mutex_unlock(&seats_m);
        return NULL;
    }
    pthread_mutex_lock(&seats_m);
    if (waiting < CHAIRS) {
        waiting++;
        pthread_mutex_unlock(&seats_m);
        sem_post(&customers);
        sem_wait(&barber_ready);
    } else {
        turned_away++;
        pthread_mutex_unlock(&seats_m);
    }
    return NULL;
}

int main(void)
{
    pthread_t b, c[NCUST];
    sem_init(&customers, 0, 0);
    sem_init(&barber_ready, 0, 0);
    pthread_create(&b, NULL, barber, NULL);
    for (int i = 0; i < NCUST; i++)
        pthread_create(&c[i], NULL, customer, NULL);
    for (int i = 0; i < NCUST; i++)
        pthread_join(c[i], NULL);
    pthread_mutex_lock(&seats_m);
    closing = 1;
    pthread_mutex_unlock(&seats_m);
    sem_post(&customers);
    pthread_join(b, NULL);
    printf("served=%d away=%d\n", served, turned_away);
    return 0;
}
