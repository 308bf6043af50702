// Different fields of a struct do not race; the same field does.
#include <pthread.h>

struct stats {
    long sent;
    long received;
    long errors;
};

static struct stats st;

static void *sender(void *arg)
{
    (void)arg;
    st.sent++; // NORACE: only this thread touches sent
    st.errors++; // RACE
    return NULL;
}

static void *receiver(void *arg)
{
    (void)arg;
    st.received++; // NORACE: only this thread touches received
    st.errors++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sender, NULL);
    pthread_create(&b, NULL, receiver, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
