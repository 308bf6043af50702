/* TRUTH: racy. reg_lock is an ERRORCHECK mutex. register_user() holds it and calls audit(), which locks it again (EDEADLK, ignored) and unlocks it, releasing the caller's hold; register_user's following nusers++ then runs unlocked while the other thread can hold reg_lock and do nusers++ (write/write). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t reg_lock;
static int nusers;
static char audit_line[64];

static void audit(const char *what)
{
    pthread_mutex_lock(&reg_lock); /* already held by the caller: EDEADLK */
    snprintf(audit_line, sizeof audit_line, "%s", what);
    pthread_mutex_unlock(&reg_lock);
}

static void register_user(const char *name)
{
    pthread_mutex_lock(&reg_lock);
    audit(name);
    nusers++;
    pthread_mutex_unlock(&reg_lock);
}

static void *signup(void *arg)
{
    for (int i = 0; i < 100; i++)
        register_user(arg);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&reg_lock, &a);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, signup, "ann");
    pthread_create(&t2, NULL, signup, "bob");
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d %s\n", nusers, audit_line);
    return 0;
}
